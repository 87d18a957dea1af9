package app.heard.views;

/** How a child's views were gathered, said in every attribution. */
public enum Gathered {

	OWN_WORDS, DICTATED, PICTURES_OR_SYMBOLS, FROM_BEHAVIOUR

}

package app.heard.demo;

/**
 * The accounts on the embedded identity provider's sign-in page
 * (src/main/resources/embedded/sign-in.html).
 */
enum DemoAccount {

	PARENT("parent", "Jordan Taylor"), SECOND_PARENT("parent2", "Casey Morgan"),
	YOUNG_PERSON("young-person", "Riley Taylor"), ADVOCATE("advocate", "Priya Shah"), DIAS("dias", "Sam Okafor"),
	COORDINATOR("coordinator", "Alex Brennan");

	final String subject;

	final String displayName;

	DemoAccount(String subject, String displayName) {
		this.subject = subject;
		this.displayName = displayName;
	}

}

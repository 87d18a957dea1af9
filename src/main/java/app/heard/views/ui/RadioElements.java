package app.heard.views.ui;

import com.vaadin.flow.dom.Element;

/**
 * The parts GOV.UK radios are built from, shared by {@link Radios} and
 * {@link PictureScale}: a legend holding the page's {@code h1}, and native radio buttons,
 * so arrow keys and screen readers work as people expect.
 */
final class RadioElements {

	private RadioElements() {
	}

	static Element legendHeading(String question) {
		var heading = new Element("h1");
		heading.setText(question);
		heading.getClassList().add("heading-l");
		var legend = new Element("legend");
		legend.appendChild(heading);
		return legend;
	}

	static Element radio(String group, String id, String value, boolean checked) {
		var radio = new Element("input");
		radio.setAttribute("type", "radio");
		radio.setAttribute("name", group);
		radio.setAttribute("id", id);
		radio.setAttribute("value", value);
		if (checked) {
			radio.setAttribute("checked", true);
		}
		return radio;
	}

}

package app.heard.demo;

import java.util.Locale;

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

	/** Where the demo LA's record says to reach them: "jordan.taylor@example.org". */
	final String email;

	DemoAccount(String subject, String displayName) {
		this.subject = subject;
		this.displayName = displayName;
		this.email = displayName.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org";
	}

}

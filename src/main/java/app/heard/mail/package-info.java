/**
 * Email to the people who use the portal, over SMTP by configuration
 * ({@code spring.mail.*}). Features hand a message to {@link app.heard.mail.Mailer}; it
 * goes out after their transaction commits, and a failed delivery is retried and
 * recorded, never undoing what the person did.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package app.heard.mail;

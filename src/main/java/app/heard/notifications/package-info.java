/**
 * What the portal tells a person: every message goes both into their list of
 * notifications in the portal and, as they chose, by email, through one entry point
 * ({@link app.heard.notifications.Notifications}), so the list and the emails cannot
 * drift (docs/decisions/0018). Messages name the action and the date, never the child.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package app.heard.notifications;

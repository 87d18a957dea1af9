/**
 * Reminders before a family's deadlines: three days before views are due, to each parent
 * and young person who has not sent theirs; three days before a draft plan's comment
 * window closes, to each person who may comment and has not. Each at most once, through
 * {@link app.heard.notifications.Notifications}. Nothing else depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reminders")
package app.heard.reminders;

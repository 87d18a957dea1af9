/**
 * Photos, videos, voice notes and documents beside a views answer. A finished upload
 * becomes an attachment; a durable job makes safe renditions of it (media), deletes the
 * original, and the pages show and play the renditions through an access-checked handler.
 * Fills the views' {@link app.heard.views.AnswerAttachments} slot.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachments")
package app.heard.attachments;

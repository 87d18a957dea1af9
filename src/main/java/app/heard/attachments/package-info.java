/**
 * Photos, videos, voice notes and documents beside a views answer. A finished upload
 * becomes an attachment; a durable job makes safe renditions of it (media), deletes the
 * original, and the pages show and play the renditions through an access-checked handler.
 * Fills the views' {@link app.heard.views.AnswerAttachments} slot. For the LA sync,
 * {@link app.heard.attachments.SentFiles} lists what each submission carried, with each
 * rendition's SHA-256, and hands over a rendition for a signed link.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachments")
package app.heard.attachments;

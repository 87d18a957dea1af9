/**
 * The frame every page shares: the app shell (theme, web app manifest, service worker),
 * the page layout with its landmarks and skip link, the welcome, signed-out and not-found
 * pages, the inactivity warning, how dates are written for families, and the pieces every
 * form that families type into shares: the autosaving text box, the save status, words
 * kept in the tab across a session's end, the error summary and the Listen button.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package app.heard.shell;

/**
 * The frame every page shares: the app shell (theme, web app manifest, service worker),
 * the page layout with its landmarks and skip link, the welcome, signed-out and not-found
 * pages, the inactivity warning, and how dates are written for families.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package app.heard.shell;

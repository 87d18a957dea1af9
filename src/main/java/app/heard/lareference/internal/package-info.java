/**
 * The server's handlers and stores, one concern to a class. Nothing here is used from
 * outside the module; {@link app.heard.lareference.ReferenceLaServer} is the way in.
 */
package app.heard.lareference.internal;

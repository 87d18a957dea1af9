package app.heard.lasync;

import java.net.URI;

/**
 * Where the LA's side of the contract is and how the portal proves who it is there
 * (OAuth2 client credentials). Normally from {@code heard.la-sync.*}; the embedded
 * default starts a reference LA service and provides this bean itself.
 */
public record LaConnection(URI baseUrl, URI tokenUri, String clientId, String clientSecret) {
}

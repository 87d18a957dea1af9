package app.heard.invitations.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param expiry how long a link works after it is sent
 * @param publicUrl the portal's address for links in emails; empty: the address of the
 * request that sent the invitation
 */
@ConfigurationProperties("heard.invitations")
record InvitationProperties(@DefaultValue("14d") Duration expiry, @DefaultValue("") String publicUrl) {
}

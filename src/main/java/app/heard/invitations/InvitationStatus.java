package app.heard.invitations;

public enum InvitationStatus {

	PENDING, ACCEPTED, EXPIRED, WITHDRAWN

}

package io.dandelion.platform.web;

/** Why the sign-in page is shown again. */
public enum SignInNotice {
	REFUSED("Sign-in failed: the username or password is wrong, or there were too many attempts; try again later.", true),
	UNKNOWN_MEMBER("Your identity provider signed you in, but no Dandelion member matches that account "
			+ "(by username or verified e-mail address), or the member is disabled. "
			+ "Ask an administrator of your unit to add you.", true),
	SIGNED_OUT("You are signed out.", false);

	private final String text;
	private final boolean error;

	SignInNotice(String text, boolean error) {
		this.text = text;
		this.error = error;
	}

	public String text() {
		return text;
	}

	public boolean error() {
		return error;
	}
}

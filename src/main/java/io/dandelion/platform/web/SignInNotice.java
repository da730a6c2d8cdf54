package io.dandelion.platform.web;

/** Why the sign-in page is shown again; its text is {@code signin.<name>} in the {@code i18n/platform} bundles. */
public enum SignInNotice {
	REFUSED(true), UNKNOWN_MEMBER(true), SIGNED_OUT(false);

	private final boolean error;

	SignInNotice(boolean error) {
		this.error = error;
	}

	public boolean error() {
		return error;
	}
}

package io.dandelion.channels.connector;

/** A webhook delivery that is not authentic (bad or missing signature) or cannot be read (HTTP 4xx). */
public class WebhookRejectedException extends RuntimeException {

	private final int status;

	public WebhookRejectedException(int status, String message) {
		super(message);
		this.status = status;
	}

	public int status() {
		return status;
	}
}

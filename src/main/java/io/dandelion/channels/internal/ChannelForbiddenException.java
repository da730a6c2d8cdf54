package io.dandelion.channels.internal;

/** The caller sees the channel, but this change needs more than their roles give (HTTP 403). */
public class ChannelForbiddenException extends RuntimeException {

	public ChannelForbiddenException(String message) {
		super(message);
	}
}

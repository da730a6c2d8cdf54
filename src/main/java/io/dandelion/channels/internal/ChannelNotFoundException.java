package io.dandelion.channels.internal;

/**
 * The channel (or the unit or team named) does not exist or lies outside the caller's scope; the two
 * are reported alike so that nothing leaks (HTTP 404).
 */
public class ChannelNotFoundException extends RuntimeException {

	public ChannelNotFoundException(String message) {
		super(message);
	}
}

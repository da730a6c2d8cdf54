package io.dandelion.channels.internal;

/** Whether a channel is in use: polled and acted on (active), kept but not polled (paused), or deleted. */
public enum ChannelStatus {
	ACTIVE, PAUSED, DELETED
}

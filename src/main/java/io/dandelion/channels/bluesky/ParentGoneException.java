package io.dandelion.channels.bluesky;

/** The post to answer or act on no longer exists (its author deleted it, or it was taken down). */
public class ParentGoneException extends RuntimeException {

	ParentGoneException(String uri) {
		super("the post " + uri + " no longer exists on Bluesky");
	}
}

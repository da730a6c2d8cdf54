package io.dandelion.channels.platforms;

/** The item to answer or act on no longer exists (its author deleted it, or it was taken down). */
public class ParentGoneException extends RuntimeException {

	public ParentGoneException(String platform, String id) {
		super("the item " + id + " no longer exists on " + platform);
	}
}

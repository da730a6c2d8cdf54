package io.dandelion.channels.bluesky;

/** An {@code at://} record address: the repository (a DID), the collection and the record key. */
record AtUri(String repo, String collection, String rkey) {

	static AtUri parse(String uri) {
		String[] parts = uri.startsWith("at://") ? uri.substring(5).split("/") : new String[0];
		if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
			throw new IllegalArgumentException("not an AT Protocol record address: " + uri);
		}
		return new AtUri(parts[0], parts[1], parts[2]);
	}

	@Override
	public String toString() {
		return "at://" + repo + "/" + collection + "/" + rkey;
	}
}

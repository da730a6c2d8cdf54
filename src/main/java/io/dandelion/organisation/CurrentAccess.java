package io.dandelion.organisation;

/** The {@link AccessScope} of whoever is making the current request (or the system, off-request). */
public interface CurrentAccess {

	AccessScope get();
}

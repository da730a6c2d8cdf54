package io.dandelion.platform.database;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Dandelion keeps its data. A blank {@code url} starts an embedded PostgreSQL whose files live
 * in {@code embeddedDirectory}; {@code schema}, when set, confines every table to that schema.
 */
@ConfigurationProperties("dandelion.db")
public record DatabaseProperties(@Nullable String url, @Nullable String user, @Nullable String password,
		@Nullable String schema, @Nullable String embeddedDirectory, int embeddedPort, int maxPoolSize, int minIdle,
		long idleTimeoutMillis) {

	public DatabaseProperties {
		embeddedDirectory = isBlank(embeddedDirectory) ? "data/postgres" : embeddedDirectory;
		maxPoolSize = maxPoolSize <= 0 ? 20 : maxPoolSize;
		// by default the pool stays full; test contexts (many, cached, on a shared server) keep few connections idle
		minIdle = minIdle <= 0 || minIdle > maxPoolSize ? maxPoolSize : minIdle;
		idleTimeoutMillis = idleTimeoutMillis <= 0 ? 600_000 : idleTimeoutMillis;
	}

	@Override
	public String toString() {
		return "DatabaseProperties[url=" + url + ", user=" + user + ", password=(hidden), schema=" + schema + "]";
	}

	boolean embedded() {
		return isBlank(url);
	}

	static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}

package io.dandelion.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** The PostgreSQL server in use, and the embedded process when Dandelion started one. */
final class DatabaseServer implements AutoCloseable {

	private final String url;
	private final String user;
	private final String password;
	private final @Nullable EmbeddedPostgres embedded;

	private DatabaseServer(String url, String user, String password, @Nullable EmbeddedPostgres embedded) {
		this.url = url;
		this.user = user;
		this.password = password;
		this.embedded = embedded;
	}

	static DatabaseServer external(@Nullable String url, @Nullable String user, @Nullable String password) {
		return new DatabaseServer(url == null ? "" : url, user == null ? "postgres" : user,
				password == null ? "" : password, null);
	}

	static DatabaseServer embedded(EmbeddedPostgres postgres) {
		return new DatabaseServer(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", postgres);
	}

	String jdbcUrl(@Nullable String schema) {
		if (schema == null || schema.isBlank()) {
			return url;
		}
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	String user() {
		return user;
	}

	String password() {
		return password;
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(url, user, password);
	}

	@Override
	public void close() throws IOException {
		if (embedded != null) {
			embedded.close();
		}
	}
}

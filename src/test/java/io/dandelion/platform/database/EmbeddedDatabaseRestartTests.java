package io.dandelion.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL keeps its data in its directory: what is written before a stop is there after a start. */
class EmbeddedDatabaseRestartTests {

	@TempDir
	Path data;

	@Test
	void keepsWhatWasWrittenAcrossAStopAndAStart() throws Exception {
		var properties = new DatabaseProperties(null, null, null, null, data.resolve("postgres").toString(), 0, 2, 1, 0);
		try (var server = new DatabaseConfiguration().databaseServer(properties);
				var connection = server.connect();
				Statement statement = connection.createStatement()) {
			statement.execute("create table kept (note text)");
			statement.execute("insert into kept values ('written before the restart')");
		}
		assertThat(Files.exists(data.resolve("postgres/PG_VERSION"))).isTrue();

		try (var server = new DatabaseConfiguration().databaseServer(properties);
				var connection = server.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select note from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("written before the restart");
			assertThat(rows.next()).isFalse();
		}
	}
}

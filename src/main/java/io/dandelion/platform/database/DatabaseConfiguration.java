package io.dandelion.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link DataSource}: the PostgreSQL named by {@code dandelion.db.url}, or an embedded
 * PostgreSQL (real binaries, data kept across restarts) when no URL is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	DatabaseServer databaseServer(DatabaseProperties properties) throws IOException {
		if (!properties.embedded()) {
			return DatabaseServer.external(properties.url(), properties.user(), properties.password());
		}
		Path directory = Path.of(properties.embeddedDirectory()).toAbsolutePath();
		Files.createDirectories(directory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "200");
		if (properties.embeddedPort() > 0) {
			builder.setPort(properties.embeddedPort());
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Started embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
		return DatabaseServer.embedded(postgres);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseServer server, DatabaseProperties properties) throws SQLException {
		String schema = properties.schema();
		if (!DatabaseProperties.isBlank(schema)) {
			createSchema(server, schema);
		}
		HikariConfig config = new HikariConfig();
		config.setPoolName("dandelion");
		config.setJdbcUrl(server.jdbcUrl(schema));
		config.setUsername(server.user());
		config.setPassword(server.password());
		config.setMaximumPoolSize(properties.maxPoolSize());
		config.setMinimumIdle(properties.minIdle());
		config.setIdleTimeout(properties.idleTimeoutMillis());
		// names the pool's sessions in pg_stat_activity (per schema, so one instance's sessions can be told apart)
		config.addDataSourceProperty("ApplicationName",
				DatabaseProperties.isBlank(schema) ? "dandelion" : "dandelion-" + schema);
		return new HikariDataSource(config);
	}

	private static void createSchema(DatabaseServer server, String schema) throws SQLException {
		if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("dandelion.db.schema must be a lower-case SQL identifier: " + schema);
		}
		try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
			statement.execute("create schema if not exists " + schema);
		}
	}
}

package io.dandelion.workspace.live;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This node's end of the live bus, delivering to this node's sessions. */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

	@Bean(destroyMethod = "close")
	LiveBus liveBus(DataSource dataSource, LiveSessions sessions) {
		return new LiveBus(dataSource, sessions::deliver);
	}
}

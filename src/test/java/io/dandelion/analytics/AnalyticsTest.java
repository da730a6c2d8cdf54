package io.dandelion.analytics;

import io.dandelion.audit.AuditLog;
import io.dandelion.channels.Channels;
import io.dandelion.conversations.Messages;
import io.dandelion.organisation.Agencies;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.Units;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The module's tests against the real database, all in one application context: the messages an event
 * names, the unit tree, channels, teams, agencies, the caller's access and the audit log are stood in by mocks that each
 * test sets up (get them with {@code @Autowired}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser
@MockitoBean(types = { Messages.class, Units.class, Channels.class, CurrentAccess.class, AuditLog.class, Teams.class,
		Agencies.class })
@interface AnalyticsTest {
}

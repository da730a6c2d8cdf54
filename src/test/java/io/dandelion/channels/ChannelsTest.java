package io.dandelion.channels;

import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.Units;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The channels module's tests against the real database, all in one application context: the caller's
 * access, the organisation's units and teams and the audit log are stood in by mocks that
 * {@link TestOrganisation} sets up; {@link ChannelFixtures} makes organisations and channels; the platforms'
 * OAuth endpoints are stood in by {@link PlatformStubs}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PlatformStubs.class)
@MockitoBean(types = { CurrentAccess.class, AuditLog.class, Teams.class, Units.class })
@Import(ChannelFixtures.class)
public @interface ChannelsTest {
}

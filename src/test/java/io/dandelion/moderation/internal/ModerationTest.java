package io.dandelion.moderation.internal;

import io.dandelion.audit.AuditLog;
import io.dandelion.channels.Channels;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The module's tests against the real database, all in one application context: a fixed unit tree, a
 * stand-in analyser, a recording platform, mocked channels (to own the test channels) and audit log.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@MockitoBean(types = { Channels.class, AuditLog.class })
@Import(ModerationTestConfiguration.class)
@interface ModerationTest {
}

package io.dandelion.workspace;

import io.dandelion.audit.AuditLog;
import io.dandelion.channels.Channels;
import io.dandelion.organisation.CurrentAccess;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The workspace's tests against the real database, in the same application context as the
 * conversations module's tests: channels, the caller's access and the audit log are mocks.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser
@MockitoBean(types = { Channels.class, CurrentAccess.class, AuditLog.class })
public @interface WorkspaceTest {
}

package io.dandelion.workspace;

import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelActions;
import io.dandelion.channels.Channels;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.Units;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The workspace's tests against the real database, all in one application context: channels and their
 * actions, the caller's access and the audit log are mocks; the member directory and the unit tree are the
 * real ones, spied on (the system scope must work while the application starts; a test may make a unit the hub).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser
@MockitoBean(types = { Channels.class, ChannelActions.class, CurrentAccess.class, AuditLog.class })
@MockitoSpyBean(types = { MemberDirectory.class, Units.class })
public @interface WorkspaceTest {
}

package io.dandelion.sites.internal;

import io.dandelion.organisation.CurrentAccess;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * One application context for all website factory tests: published files under target/, MockMvc, the
 * fixture, and a caller's scope the test chooses (mocked {@link CurrentAccess}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "dandelion.sites.directory=target/test-sites",
		"dandelion.sites.comments.minimum-seconds=1", "dandelion.sites.comments.per-client-per-window=3" })
@AutoConfigureMockMvc
@Import(SitesFixture.class)
@MockitoBean(types = CurrentAccess.class)
@interface SitesTest {
}

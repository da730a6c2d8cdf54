package io.dandelion.organisation;

import io.dandelion.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The organisation's entry in the main navigation, for those who manage some part of it. */
@Configuration(proxyBeanMethods = false)
class OrganisationNavigation {

	@Bean
	static NavigationItem organisationMenuEntry() {
		return new NavigationItem("Organisation", "/admin/units", 80, Permission.ORGANISATION_MANAGE);
	}
}

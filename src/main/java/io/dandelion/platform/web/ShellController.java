package io.dandelion.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the home page. */
@Controller
class ShellController {

	@GetMapping("/login")
	String login() {
		return "platform/login";
	}

	@GetMapping("/")
	String home() {
		return "platform/home";
	}

	@Bean
	static NavigationItem homeNavigation() {
		return new NavigationItem("Home", "/", 0, null);
	}
}

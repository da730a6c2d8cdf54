package io.dandelion;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Dandelion: one governed social media operations hub for a hub-and-spoke organisation. */
@SpringBootApplication
@EnableScheduling
public class DandelionApplication {

	public static void main(String[] args) {
		SpringApplication.run(DandelionApplication.class, args);
	}
}

package io.dandelion;

import io.dandelion.analysis.command.AnalyzeCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Dandelion: one governed social media operations hub for a hub-and-spoke organisation. */
@SpringBootApplication
@EnableScheduling
public class DandelionApplication {

	/** {@code analyze ...} runs the batch analysis command without Spring; anything else starts the server. */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("analyze")) {
			System.exit(AnalyzeCommand.run(Arrays.asList(args).subList(1, args.length), System.in, System.out, System.err));
		}
		SpringApplication.run(DandelionApplication.class, args);
	}
}

package org.communitychest;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.communitychest.votes.Tally;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/community-chest.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class CommunityChestApplication implements AppShellConfigurator {

    /** Starts the portal, or with {@code tally FILE.pb} only counts a Pabulib file (no Spring, no database). */
    public static void main(String[] args) {
        if (Tally.isAsked(args)) {
            System.exit(Tally.run(args, System.out, System.err));
        }
        SpringApplication.run(CommunityChestApplication.class, args);
    }

    /** The portal's icon in the browser tab; {@code /favicon.ico} is there too for clients that ask for it. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}

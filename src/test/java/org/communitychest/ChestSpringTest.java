package org.communitychest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test context most tests share (context caching): the whole application on a private in-memory
 * H2 database with the demo data, a movable {@link TestClock}, a {@link DatabaseOutage} switch, no SMTP server and no background jobs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(classes = {CommunityChestApplication.class, TestClock.Config.class, DatabaseOutage.Config.class})
@ActiveProfiles("test")
public @interface ChestSpringTest {
}

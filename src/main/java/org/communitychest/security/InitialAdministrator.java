package org.communitychest.security;

import java.util.LinkedHashMap;
import java.util.Set;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.communitychest.base.SystemActor;
import org.communitychest.place.Partnerships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up a new installation: the first partnership and its first administrator, from
 * {@code chest.setup.*} settings, once. Everything else is then done in the portal.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "chest.setup.admin-email")
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final Partnerships partnerships;
    private final DemoAccounts accounts;
    private final String code;
    private final String name;
    private final String email;
    private final String adminName;
    private final String password;

    InitialAdministrator(Partnerships partnerships, DemoAccounts accounts,
            @Value("${chest.setup.partnership-code}") String code,
            @Value("${chest.setup.partnership-name}") String name,
            @Value("${chest.setup.admin-email}") String email,
            @Value("${chest.setup.admin-name:Administrator}") String adminName,
            @Value("${chest.setup.admin-password}") String password) {
        this.partnerships = partnerships;
        this.accounts = accounts;
        this.code = code.trim().toUpperCase();
        this.name = name.trim();
        this.email = AccountRules.normaliseEmail(email);
        this.adminName = adminName.trim();
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (partnerships.findByCode(code).isPresent() || accounts.exists(email)) {
            return;
        }
        var errors = new LinkedHashMap<String, Message>();
        AccountRules.checkEmail(email, errors);
        AccountRules.checkName(adminName, errors);
        AccountRules.checkPassword(password, email, errors);
        if (!code.matches("[A-Z]{2,16}")) {
            errors.put("code", Message.of("staff.account.setup.code-format"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        SystemActor.callAsSystem(() -> accounts.create(email, adminName, partnerships.create(code, name).id(),
                Set.of(Role.ADMIN), password));
        log.info("Set up partnership {} ({}) with administrator {}", name, code, email);
    }
}

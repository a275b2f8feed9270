package news.dateline.newsroom;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Readers need no account; everything under /admin needs an editor, and account
 * management an admin. Form login with CSRF on every form, a new session at login,
 * throttled attempts. No session before a login: not for readers, not for the login form
 * (its CSRF token and a failed login's message travel in cookies), not for a stranger's
 * post.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Accounts accounts, PasswordEncoder passwords,
            LoginThrottle throttle, SessionRegistry sessions, EditorMark mark) throws Exception {
        // where an anonymous visitor of the newsroom was going: in a cookie, not a
        // session
        CookieRequestCache requestCache = new CookieRequestCache();
        requestCache.setRequestMatcher(request -> "GET".equals(request.getMethod()));
        RescuedDraft rescue = new RescuedDraft(mark);
        http.authenticationProvider(new ThrottledAuthenticationProvider(
                ThrottledAuthenticationProvider.passwordCheck(accounts, passwords), throttle))
            .authorizeHttpRequests(requests -> requests.requestMatchers("/admin/accounts/**", "/admin/audit/**")
                .hasRole("ADMIN")
                .requestMatchers("/admin/**")
                .hasRole("EDITOR")
                .anyRequest()
                .permitAll())
            .formLogin(form -> form.loginPage("/login")
                .successHandler(new RescuingLoginSuccess(requestCache, mark))
                .failureHandler(new LoginFailureHandler())
                .permitAll())
            .requestCache(cache -> cache.requestCache(requestCache))
            .csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository()))
            .logout(logout -> logout.logoutUrl("/logout")
                .addLogoutHandler((request, response, authentication) -> mark.clear(request, response))
                .logoutSuccessUrl("/login?logout"))
            .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(rescue).authenticationEntryPoint(rescue))
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                .sessionFixation(fixation -> fixation.changeSessionId())
                // every session is registered, so that changing an account ends the
                // sessions it has open
                .maximumSessions(-1)
                .sessionRegistry(sessions)
                .expiredSessionStrategy(expired -> RescuedDraft.keepAndLogIn(expired.getRequest(),
                        expired.getResponse(),
                        "An admin changed your account, so you were logged out. Log in again if you still may.")))
            .headers(headers -> headers.cacheControl(cache -> cache.disable())
                .contentSecurityPolicy(csp -> csp
                    .policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer
                    .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /**
     * No observation (timers, spans) around every filter of the chain, every
     * authentication and every authorization: they cost more per request than the filters
     * themselves and nothing reads them. The server's request metrics stay.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The sessions in PostgreSQL (Spring Session JDBC), so that every node sees every
     * editor's sessions; in memory where Spring Session is left out (the MockMvc tests).
     */
    @Bean
    SessionRegistry sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> stored) {
        FindByIndexNameSessionRepository<? extends Session> repository = stored.getIfAvailable();
        return repository != null ? new SpringSessionBackedSessionRegistry<>(repository) : new SessionRegistryImpl();
    }

    /** Tells the registry when sessions end or change id. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * An account disabled, demoted or given a new password is logged out everywhere once
     * the change is saved.
     */
    @Bean
    AccountSessions accountSessions(SessionRegistry sessions) {
        return new AccountSessions(sessions);
    }

    static class AccountSessions {

        private final SessionRegistry sessions;

        AccountSessions(SessionRegistry sessions) {
            this.sessions = sessions;
        }

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
        public void on(AccountChanged changed) {
            if (!(sessions instanceof SessionRegistryImpl)) {
                // Spring Session finds them by the principal's name, on whichever node
                // they were opened
                sessions.getAllSessions(changed.username(), false).forEach(SessionInformation::expireNow);
                return;
            }
            sessions.getAllPrincipals()
                .stream()
                .filter(principal -> principal instanceof UserDetails user
                        && user.getUsername().equalsIgnoreCase(changed.username()))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
        }

    }

}

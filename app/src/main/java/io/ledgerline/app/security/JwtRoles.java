package io.ledgerline.app.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads the staff roles of a bearer token from its roles claim; names that are not domain roles grant nothing. */
final class JwtRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final String claim;

    JwtRoles(String claim) {
        this.claim = claim;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Object value = jwt.getClaims().get(claim);
        List<String> names = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(item -> names.add(String.valueOf(item)));
        } else if (value instanceof String text) {
            names.addAll(Arrays.asList(text.split("[,\\s]+")));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String name : names) {
            String role = name.startsWith(Callers.ROLE_PREFIX) ? name.substring(Callers.ROLE_PREFIX.length()) : name;
            Callers.role(role).ifPresent(known -> authorities.add(new SimpleGrantedAuthority(Callers.ROLE_PREFIX + known.name())));
        }
        return authorities;
    }
}

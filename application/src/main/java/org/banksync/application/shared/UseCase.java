package org.banksync.application.shared;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Marks a service that carries out one use case as one unit of work: an application-scoped, transactional bean. */
@Stereotype
@ApplicationScoped
@Transactional
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface UseCase {
}

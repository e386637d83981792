package org.banksync.adapters.persistence.testing;

import jakarta.persistence.EntityManager;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * A port whose every call runs in its own committed transaction with a fresh entity manager, as when a use
 * case calls it in the container: what a call returns is detached, and the next call reads the database again.
 */
public final class TransactionalPort {

    private TransactionalPort() {
    }

    public static <P> P of(Class<P> port, Function<EntityManager, ? extends P> repository) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[]{port}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "toString" -> "transactional " + port.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> Jpa.inTransaction(entityManager -> call(method, repository.apply(entityManager), args));
                }));
    }

    private static Object call(Method method, Object target, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

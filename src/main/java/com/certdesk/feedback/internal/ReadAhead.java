package com.certdesk.feedback.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Reading on a thread of its own while the calling thread stores what was read, so that on two cores the two
 * overlap: the reader hands over chunks through a queue of at most {@code ahead} of them. The reading thread runs
 * with the caller's identity. Whichever side fails first stops the other; the caller gets that failure, with the
 * other side's (if any) as suppressed; a reading thread that dies without handing over its end cannot hang the
 * caller.
 */
final class ReadAhead {

    /** Reads everything, handing each chunk over; stops early when {@code stopped} says so. */
    interface Reader<T> {
        void read(Consumer<T> hand, BooleanSupplier stopped) throws Exception;
    }

    private ReadAhead() {
    }

    /**
     * Runs {@code reader} on a thread named {@code name}; this thread passes every chunk to {@code store}, and calls
     * {@code idle} after each one and at least every 200 ms while waiting.
     */
    static <T> void run(String name, int ahead, Reader<T> reader, Consumer<T> store, Runnable idle) {
        BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(ahead);
        Object end = new Object();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> readFailure = new AtomicReference<>();
        SecurityContextHolderStrategy security = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext caller = security.getContext();
        Thread reading = Thread.ofPlatform().name(name).daemon(true).start(() -> {
            security.setContext(caller);
            try {
                reader.read(chunk -> hand(chunks, chunk, stop), stop::get);
            } catch (Throwable e) {
                readFailure.set(e);
            } finally {
                hand(chunks, end, stop);
                security.clearContext();
            }
        });
        try {
            while (true) {
                Object chunk = chunks.poll(200, TimeUnit.MILLISECONDS);
                if (chunk == end || chunk == null && !reading.isAlive() && chunks.isEmpty()) {
                    break; // the end, or a reading thread that died without saying so
                }
                if (chunk != null) {
                    @SuppressWarnings("unchecked") // only the reader's chunks and the end marker are queued
                    T read = (T) chunk;
                    store.accept(read);
                }
                idle.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopped(new IllegalStateException("interrupted while " + name + " ran", e), stop, chunks, reading,
                    readFailure);
        } catch (RuntimeException e) {
            throw stopped(e, stop, chunks, reading, readFailure);
        } catch (Error e) {
            throw stopped(e, stop, chunks, reading, readFailure);
        } finally {
            stop.set(true);
            chunks.clear();
            joinQuietly(reading);
        }
        Throwable failed = readFailure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        } else if (failed instanceof Error e) {
            throw e;
        } else if (failed != null) {
            throw new IllegalStateException(failed);
        }
    }

    /** Stops the reading thread and adds what it failed with, if anything, to the storing side's failure. */
    private static <F extends Throwable> F stopped(F failure, AtomicBoolean stop, BlockingQueue<?> chunks,
            Thread reading, AtomicReference<Throwable> readFailure) {
        stop.set(true);
        chunks.clear();
        joinQuietly(reading);
        Throwable read = readFailure.get();
        if (read != null && read != failure) {
            failure.addSuppressed(read);
        }
        return failure;
    }

    private static void hand(BlockingQueue<Object> chunks, Object chunk, AtomicBoolean stop) {
        try {
            while (!stop.get() && !chunks.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
                // the storing side is busy: wait, unless it stopped
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
        }
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

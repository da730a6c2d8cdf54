package io.dandelion.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A generator of test values from a seeded {@link Random}: the few combinators the fuzz tests need.
 * Seeded, so that a failure names the seed and the sample's number and reproduces.
 */
@FunctionalInterface
public interface Gen<T> {

	T next(Random random);

	default <R> Gen<R> map(Function<? super T, ? extends R> mapping) {
		return random -> mapping.apply(next(random));
	}

	/** A value of the generator that {@code choice} makes from a value of this one. */
	default <R> Gen<R> flatMap(Function<? super T, Gen<R>> choice) {
		return random -> choice.apply(next(random)).next(random);
	}

	/** Lists of 0 to {@code max} values. */
	default Gen<List<T>> list(int max) {
		return list(0, max);
	}

	/** Lists of {@code min} to {@code max} values. */
	default Gen<List<T>> list(int min, int max) {
		return random -> {
			int size = min + random.nextInt(max - min + 1);
			List<T> values = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				values.add(next(random));
			}
			return values;
		};
	}

	/** {@code count} values drawn with {@code seed}: the same every run. */
	default Stream<T> sample(int count, long seed) {
		Random random = new Random(seed);
		return IntStream.range(0, count).mapToObj(i -> next(random));
	}

	static <T> Gen<T> just(T value) {
		return random -> value;
	}

	static <T> Gen<T> of(List<T> values) {
		return random -> values.get(random.nextInt(values.size()));
	}

	@SafeVarargs
	static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
		return random -> generators[random.nextInt(generators.length)].next(random);
	}

	static Gen<Integer> between(int min, int max) {
		return random -> min + random.nextInt(max - min + 1);
	}

	static <A, B, R> Gen<R> combine(Gen<A> first, Gen<B> second, BiFunction<A, B, R> combination) {
		return random -> combination.apply(first.next(random), second.next(random));
	}

	/** A choice between generators by weight: {@code Gen.<String>weighted().or(3, a).or(1, b)}. */
	static <T> Weighted<T> weighted() {
		return new Weighted<>(List.of(), List.of());
	}

	/** Generators with their weights. */
	record Weighted<T>(List<Integer> weights, List<Gen<? extends T>> generators) implements Gen<T> {

		public Weighted<T> or(int weight, Gen<? extends T> generator) {
			var moreWeights = new ArrayList<>(weights);
			moreWeights.add(weight);
			var moreGenerators = new ArrayList<Gen<? extends T>>(generators);
			moreGenerators.add(generator);
			return new Weighted<>(List.copyOf(moreWeights), List.copyOf(moreGenerators));
		}

		@Override
		public T next(Random random) {
			int total = weights.stream().mapToInt(Integer::intValue).sum();
			int pick = random.nextInt(total);
			for (int i = 0; i < weights.size(); i++) {
				pick -= weights.get(i);
				if (pick < 0) {
					return generators.get(i).next(random);
				}
			}
			throw new IllegalStateException("unreachable");
		}
	}
}

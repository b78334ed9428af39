package cn.court.crossexec.court;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The court directory and hierarchy: the one way other capabilities read courts. */
@Service
@Transactional(readOnly = true)
public class CourtService {

  private final CourtRepository courts;

  CourtService(CourtRepository courts) {
    this.courts = courts;
  }

  public List<CourtView> findAll() {
    return courts.findAllByOrderByCode().stream().map(Court::toView).toList();
  }

  /** Courts matching the optional filters, ordered by level then code. */
  public List<CourtView> find(String parentCode, CourtLevel level) {
    Predicate<CourtView> matches =
        c ->
            (parentCode == null || parentCode.equals(c.parentCode()))
                && (level == null || level == c.level());
    return findAll().stream()
        .filter(matches)
        .sorted(Comparator.comparing(CourtView::level).thenComparing(CourtView::code))
        .toList();
  }

  public Optional<CourtView> find(String code) {
    return courts.findById(code).map(Court::toView);
  }

  public CourtView get(String code) {
    return find(code).orElseThrow(() -> new UnknownCourtException(code));
  }

  public CourtDetailView getWithChildren(String code) {
    CourtView court = get(code);
    List<CourtView> children =
        courts.findByParentCodeOrderByCode(code).stream().map(Court::toView).toList();
    return new CourtDetailView(court, children);
  }

  /** The chain from the court itself up to the SPC. */
  public List<CourtView> ancestry(String code) {
    List<CourtView> chain = new ArrayList<>();
    CourtView current = get(code);
    chain.add(current);
    while (current.parentCode() != null) {
      current = get(current.parentCode());
      chain.add(current);
    }
    return chain;
  }

  /**
   * True when two courts lie in one locality (属地): the same court, one above the other (深圳中院 and its 福田区法院), or
   * both within the same intermediate court's area (two district courts of 深圳). Region names are not compared.
   */
  public boolean sameLocality(String code, String otherCode) {
    List<CourtView> chain = ancestry(code);
    List<CourtView> otherChain = ancestry(otherCode);
    if (chain.stream().anyMatch(c -> c.code().equals(otherCode))
        || otherChain.stream().anyMatch(c -> c.code().equals(code))) {
      return true;
    }
    Optional<String> area = intermediateArea(chain);
    return area.isPresent() && area.equals(intermediateArea(otherChain));
  }

  private static Optional<String> intermediateArea(List<CourtView> chain) {
    return chain.stream().filter(c -> c.level() == CourtLevel.INTERMEDIATE).map(CourtView::code).findFirst();
  }

  /** True when {@code code} lies below {@code superiorCode} (at any depth). */
  public boolean isUnder(String code, String superiorCode) {
    return ancestry(code).stream().skip(1).anyMatch(c -> c.code().equals(superiorCode));
  }
}

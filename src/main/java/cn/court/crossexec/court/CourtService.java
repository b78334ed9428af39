package cn.court.crossexec.court;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The court directory and hierarchy: the one way other capabilities read courts. */
@Service
@Transactional(readOnly = true)
public class CourtService {

  /**
   * How far a court's locality (属地) reaches for the category-3 rule (消极执行风险: the executing court lies outside
   * the original court's locality). DOMAIN.md does not say, so it is configuration ({@code crossexec.court.locality-scope}):
   * DISTRICT (default): a court, the courts above it and the courts below it — another district's basic court of the
   * same city is elsewhere, as in the cross-execution among a city's district courts that intermediate courts run;
   * CITY: also every court within the same intermediate court's area. To confirm with the domain owner.
   */
  public enum LocalityScope { DISTRICT, CITY }

  private final CourtRepository courts;
  private LocalityScope localityScope;

  CourtService(CourtRepository courts, @Value("${crossexec.court.locality-scope:DISTRICT}") LocalityScope localityScope) {
    this.courts = courts;
    this.localityScope = localityScope;
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
   * True when two courts lie in one locality (属地): the same court, or one above the other (深圳中院 and its 福田区法院);
   * under the CITY scope also both within the same intermediate court's area (two district courts of 深圳). Region
   * names are not compared.
   */
  public boolean sameLocality(String code, String otherCode) {
    List<CourtView> chain = ancestry(code);
    List<CourtView> otherChain = ancestry(otherCode);
    if (chain.stream().anyMatch(c -> c.code().equals(otherCode))
        || otherChain.stream().anyMatch(c -> c.code().equals(code))) {
      return true;
    }
    if (localityScope != LocalityScope.CITY) {
      return false;
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

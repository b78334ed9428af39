package cn.court.crossexec.court;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** One court with the courts directly below it. */
public record CourtDetailView(@JsonUnwrapped CourtView court, List<CourtView> children) {}

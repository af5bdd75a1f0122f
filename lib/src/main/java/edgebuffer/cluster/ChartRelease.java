package edgebuffer.cluster;

import java.util.Map;

/**
 * One Helm release of an operator chart.
 *
 * @param name      release name
 * @param repoName  local name of the chart repository
 * @param repoUrl   chart repository URL
 * @param chart     chart name in that repository
 * @param version   chart version (pinned: an operator upgrade must be a decision)
 * @param namespace release namespace (created when missing)
 * @param values    --set values
 */
public record ChartRelease(String name, String repoName, String repoUrl, String chart, String version,
                           String namespace, Map<String, Object> values) {

    public String chartRef() {
        return repoName + "/" + chart;
    }
}
